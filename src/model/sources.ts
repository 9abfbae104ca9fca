/**
 * Readable names for the source files the requirement catalogue cites, so a vendor engineer sees
 * "Chat API: Accept" rather than a hash-named seed page.
 */
const TITLES: Record<string, string> = {
  '000_69952084d6cb1c22.txt': 'SMS Session API: Accept',
  '001_bfa8c9a2e16e1f14.txt': 'Chat API: Accept',
  '002_33ced99414d36d03.txt': 'Chat API: Accept (web edition)',
  '003_8351937f05c82431.txt': 'SMS Session API: SMS Session Resource',
  '004_4456e52e95c98dac.txt': 'Facebook Private Messaging API: Accept',
  'research/gws-protocol.md': 'GWS protocol fact sheet',
  'research/gws-lifecycle.md': 'GWS lifecycle fact sheet (one documentation page per operation)',
};

/** "Chat API: Accept (001_bfa8c9a2e16e1f14.txt)", or the file name when it is not known. */
export function sourceTitle(file: string): string {
  const title = TITLES[file];
  return title ? `${title} (${file})` : file;
}
