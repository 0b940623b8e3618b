import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// The "no records yet" message is drawn in text.disabled (about 2.6:1): readable text instead.
const readableEmptyList = {
  RaEmpty: {
    styleOverrides: {
      root: ({ theme }: { theme: { palette: { text: { secondary: string } } } }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }),
    },
  },
  // A spinner is a progressbar, which needs a name (axe: aria-progressbar-name); react-admin's own
  // (the app bar's loading indicator) has none. Read at each render: the page's current language.
  MuiCircularProgress: {
    defaultProps: {
      get 'aria-label'() {
        return typeof document !== 'undefined' && document.documentElement.lang === 'fr' ? 'Chargement…' : 'Loading…';
      },
    },
  },
  // The page shown for an unknown address draws its message at half opacity (about 2.4:1).
  RaNotFound: {
    styleOverrides: {
      root: ({ theme }: { theme: { palette: { text: { secondary: string } } } }) => ({
        '& .RaNotFound-message': { opacity: 1, color: theme.palette.text.secondary },
      }),
    },
  },
};

/**
 * react-admin's themes, with colours dark enough for white or page-coloured text (WCAG AA, 4.5:1,
 * checked by axe-core in test/e2e/accessibility.test.ts). Light mode: react-admin's app-bar blue
 * #2196f3 gives 3.1:1 with white; MUI's #1976d2 on the page's #fafafb 4.4:1; the filled warning
 * (#ed6c02) and info (#0288d1) chips 3.1:1 and 4.1:1 with white. Dark mode keeps react-admin's,
 * whose chips and links already pass.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { light: '#4f83cc', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    warning: { light: '#ff9800', main: '#a84300', dark: '#7a3100', contrastText: '#fff' },
    info: { light: '#4fc3f7', main: '#01579b', dark: '#002f6c', contrastText: '#fff' },
    success: { light: '#4caf50', main: '#1b5e20', dark: '#003300', contrastText: '#fff' },
  },
  components: { ...defaultLightTheme.components, ...readableEmptyList },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  // MUI's dark error red (#f44336) under white text is 3.7:1: a lighter red under dark text is 5:1,
  // and still 4.8:1 as text on the dark page.
  palette: {
    ...defaultDarkTheme.palette,
    error: { light: '#e57373', main: '#ef5350', dark: '#c62828', contrastText: 'rgba(0, 0, 0, 0.87)' },
  },
  components: { ...defaultDarkTheme.components, ...readableEmptyList },
};
