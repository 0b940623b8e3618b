import { useRef, useState, type KeyboardEvent } from 'react';
import { Box, CircularProgress, InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useCanAccess, useCreatePath, useDataProvider, useNavigate, useNotify, useTranslate } from 'react-admin';
import { toApiError, useTranslateServerMessage } from '../common/apiErrors';
import type { GuichetDataProvider } from '../providers/dataProvider';
import { useQuickFindShortcut } from './useQuickFindShortcut';

/**
 * The app bar's search box (SPEC §4.1): an exact handle, customer code or e-mail opens the
 * account directly; anything else lands on the customer list searched for that text.
 * `/` or Ctrl/Cmd+K reach it from anywhere, so a lookup needs no mouse.
 */
export function QuickFind() {
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'list' });
  if (!canAccess) return null;
  return <QuickFindBox isInAppBar />;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The search box; the app bar's one answers the global shortcut, another (not-found page) takes the focus. */
export function QuickFindBox({ isInAppBar = false }: { isInAppBar?: boolean }) {
  const [text, setText] = useState('');
  const [isSearching, setSearching] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const dataProvider = useDataProvider<GuichetDataProvider>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const notify = useNotify();
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  useQuickFindShortcut(isInAppBar ? inputRef : null);

  async function find(q: string) {
    setSearching(true);
    try {
      const match = await dataProvider.findExactCustomer(q);
      setText(''); // the destination shows what was searched; the box is ready for the next call
      if (match) {
        navigate(createPath({ resource: 'customers', id: match.id, type: 'show' }));
        // The page shows the primary address: say that the typed one is the account's backup.
        if (match.throughBackupEmail) notify('guichet.customer.opened_through_backup_email', { type: 'info', messageArgs: { handle: match.nicHandle } });
      } else {
        const filter = encodeURIComponent(JSON.stringify({ q }));
        navigate(`${createPath({ resource: 'customers', type: 'list' })}?filter=${filter}`);
      }
    } catch (error) {
      // The typed text stays in the box: Enter again retries once the network is back.
      const problem = toApiError(error);
      const message = problem.code === 'network' ? translate('guichet.quick_find.network_error') : translateServerMessage(problem);
      notify(message, { type: 'error' });
    } finally {
      setSearching(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const q = text.trim();
    if (event.key === 'Enter' && q && !isSearching) void find(q);
    if (event.key === 'Escape') inputRef.current?.blur();
  }

  const shortcut = isMac ? '⌘K' : 'Ctrl K';
  return (
    <TextField
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      inputRef={inputRef}
      autoFocus={!isInAppBar}
      placeholder={translate('guichet.quick_find.placeholder')}
      size="small"
      variant="outlined"
      autoComplete="off"
      sx={isInAppBar ? { mx: 2, width: { xs: 180, sm: 360 }, bgcolor: 'background.paper', borderRadius: 1 } : { width: '100%', maxWidth: 480 }}
      slotProps={{
        htmlInput: {
          'aria-label': translate('guichet.quick_find.label'),
          'aria-keyshortcuts': '/ Control+K Meta+K',
          'aria-busy': isSearching,
          type: 'search',
          spellCheck: false,
        },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              {isSearching ? <CircularProgress size={18} aria-label={translate('guichet.quick_find.searching')} /> : <SearchIcon fontSize="small" />}
            </InputAdornment>
          ),
          endAdornment: isInAppBar && (
            <InputAdornment position="end" aria-hidden>
              <Box
                component="kbd"
                title={translate('guichet.quick_find.shortcut_hint', { shortcut })}
                sx={{ fontFamily: 'inherit', fontSize: '0.75rem', color: 'text.secondary', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.5 }}
              >
                / · {shortcut}
              </Box>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
