// Which clicks leave a form with unsaved input: a same-origin link to another page, opened in this tab. Links to
// a new tab, downloads, modified clicks and in-page anchors keep the form where it is, so they pass.

export type LinkClick = {
  href: string;
  target: string;
  download: boolean;
  /** A modifier key or a button other than the main one: the browser opens a new tab or window. */
  modified: boolean;
};

/** The in-app path a click navigates to in this tab, or undefined when it does not leave the page. */
export function leavingPath(click: LinkClick, current: string): string | undefined {
  if (click.modified || click.download || (click.target !== '' && click.target !== '_self')) return undefined;
  const here = new URL(current);
  let to: URL;
  try {
    to = new URL(click.href, here);
  } catch {
    return undefined;
  }
  if (to.origin !== here.origin) return undefined;
  if (to.pathname === here.pathname && to.search === here.search) return undefined;
  return `${to.pathname}${to.search}${to.hash}`;
}
