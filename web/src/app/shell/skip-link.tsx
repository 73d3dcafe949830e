import classes from './skip-link.module.css';

/** The first focusable element: jumps keyboard users past the header and navigation. */
export function SkipLink({ target }: { target: string }) {
  return (
    <a
      className={classes.skipLink}
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}
