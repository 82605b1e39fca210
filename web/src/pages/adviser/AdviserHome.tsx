/** The role's start page; its workspace fills it in. */
export function AdviserHome() {
  return null;
}
