/** The role's start page; its workspace fills it in. */
export function AdminHome() {
  return null;
}
