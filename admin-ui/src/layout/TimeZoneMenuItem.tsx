import { forwardRef, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, ListItemIcon, ListItemText, MenuItem, TextField, Button } from '@mui/material';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useTranslate, useUserMenu } from 'react-admin';
import { timeZoneChoices, useTimeZone } from '../common/timeZone';

/** The user menu's "Time zone" entry: every date-time of the console follows the zone chosen here. */
export const TimeZoneMenuItem = forwardRef<HTMLLIElement>(function TimeZoneMenuItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [timeZone, setTimeZone] = useTimeZone();
  const [isOpen, setOpen] = useState(false);
  const [choice, setChoice] = useState(timeZone);

  function close() {
    setOpen(false);
    userMenu?.onClose();
  }

  return (
    <>
      <MenuItem ref={ref} {...props} onClick={() => setOpen(true)}>
        <ListItemIcon>
          <ScheduleIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={translate('guichet.time_zone.menu')} secondary={timeZone} />
      </MenuItem>
      <Dialog open={isOpen} onClose={close} aria-labelledby="time-zone-title">
        <DialogTitle id="time-zone-title">{translate('guichet.time_zone.title')}</DialogTitle>
        <DialogContent>
          <TextField
            select
            autoFocus
            fullWidth
            label={translate('guichet.time_zone.label')}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            helperText={translate('guichet.time_zone.hint')}
            sx={{ mt: 1 }}
          >
            {timeZoneChoices.map((zone) => (
              <MenuItem key={zone} value={zone}>
                {zone}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            onClick={() => {
              setTimeZone(choice);
              close();
            }}
          >
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
});
