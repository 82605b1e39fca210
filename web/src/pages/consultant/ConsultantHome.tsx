/** The role's start page; its workspace fills it in. */
export function ConsultantHome() {
  return null;
}
