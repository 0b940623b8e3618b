import { useState, type KeyboardEvent } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useCanAccess, useCreatePath, useDataProvider, useNavigate, useNotify, useTranslate } from 'react-admin';
import type { GuichetDataProvider } from '../providers/dataProvider';

/**
 * The app bar's search box (SPEC §4.1): an exact handle, customer code or e-mail opens the
 * account directly; anything else lands on the customer list searched for that text.
 */
export function QuickFind() {
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'list' });
  if (!canAccess) return null;
  return <QuickFindBox />;
}

function QuickFindBox() {
  const [text, setText] = useState('');
  const [isSearching, setSearching] = useState(false);
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const notify = useNotify();
  const translate = useTranslate();

  async function find(q: string) {
    setSearching(true);
    try {
      const match = await dataProvider.findExactCustomer(q);
      setText(''); // the destination shows what was searched; the box is ready for the next call
      if (match) {
        navigate(createPath({ resource: 'customers', id: match.id, type: 'show' }));
      } else {
        const filter = encodeURIComponent(JSON.stringify({ q }));
        navigate(`${createPath({ resource: 'customers', type: 'list' })}?filter=${filter}`);
      }
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setSearching(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const q = text.trim();
    if (event.key === 'Enter' && q && !isSearching) void find(q);
  }

  const label = translate('guichet.quick_find.label');
  return (
    <TextField
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      placeholder={translate('guichet.quick_find.placeholder')}
      size="small"
      variant="outlined"
      autoComplete="off"
      sx={{
        mx: 2,
        width: { xs: 180, sm: 320 },
        bgcolor: 'background.paper',
        borderRadius: 1,
      }}
      slotProps={{
        htmlInput: { 'aria-label': label, type: 'search', spellCheck: false },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
