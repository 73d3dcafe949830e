import { createTheme, NavLink, Notification, type CSSVariablesResolver } from '@mantine/core';

// Calm, high-contrast defaults for a dense clinical screen; teal reads as "clinical" without
// competing with the red and yellow used for alerts.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  components: {
    // The required marker comes from app/global.css; see the note there.
    InputWrapper: { defaultProps: { withAsterisk: false } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } },
    // Notices name their close button, and their text under a title keeps 4.5:1 (Mantine's is gray.6).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notice' } },
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    }),
    // The filled active link keeps 4.5:1 contrast; the light variant does not, and neither does the
    // default hover shade (teal.8) under the pointer (WCAG 1.4.3).
    NavLink: NavLink.extend({
      defaultProps: { variant: 'filled' },
      vars: () => ({ root: { '--nl-hover': '#066649' }, children: {} }),
    }),
  },
});

/**
 * Contrast fixes (WCAG 1.4.3, 4.5:1): Mantine's "dimmed" grey (gray.6) is too light on white, and so is
 * the primary "light" background (badges, highlighted links) behind primary text.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    // A filled button under the pointer (teal.8 by default) would drop white text below 4.5:1.
    '--mantine-color-teal-filled-hover': '#066649',
    // Field error messages and borders (Mantine's red.6 on white is below 4.5:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
