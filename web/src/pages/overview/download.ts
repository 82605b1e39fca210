/** Today as YYYY-MM-DD in Denmark, for file names. */
export const todayStamp = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * Saves CSV text as a file in the browser. A UTF-8 byte order mark makes Excel read æ, ø and å right.
 * Returns the file name.
 */
export function downloadCsv(baseName: string, csv: string): string {
  const fileName = `${baseName}-${todayStamp()}.csv`;
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}
