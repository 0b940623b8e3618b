import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { useNavigate, useTranslate, useUserMenu } from 'react-admin';

/** Password and sessions of the signed-in person. */
export function MyAccountMenuItem() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate('/my-account');
      }}
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('guichet.my_account.title')}</ListItemText>
    </MenuItem>
  );
}
