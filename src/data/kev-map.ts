/**
 * Reviewed mapping from CISA KEV `vendorProject` values to our vendor ids,
 * used by `npm run data:kev`. Explicit on purpose: KEV names vendors loosely
 * (brands, former owners, parents), and a wrong match would put another
 * company's exploited vulnerabilities on a vendor. Rows are tried in order;
 * a row with `product` applies only when the KEV `product` matches it
 * (a parent that sells unrelated lines, e.g. Broadcom vs. Symantec).
 * Names not listed stay unmapped and are reported by the command.
 */

export interface KevMapRow {
  /** KEV `vendorProject`, compared trimmed and case-insensitively. */
  project: string;
  id: string;
  /** Only entries whose `product` matches. */
  product?: RegExp;
  note?: string;
}

export const KEV_MAP: readonly KevMapRow[] = [
  // Seen in the catalog (2025-08 snapshot).
  { project: 'Microsoft', id: 'microsoft' },
  { project: 'ChakraCore', id: 'microsoft', note: "Microsoft's JavaScript engine (Edge)" },
  { project: 'Cisco', id: 'cisco' },
  { project: 'Ivanti', id: 'ivanti' },
  { project: 'Pulse Secure', id: 'ivanti', note: 'acquired by Ivanti in 2020' },
  { project: 'MobileIron', id: 'ivanti', note: 'acquired by Ivanti in 2020' },
  { project: 'Citrix', id: 'citrix' },
  { project: 'Fortinet', id: 'fortinet' },
  { project: 'SonicWall', id: 'sonicwall' },
  { project: 'Palo Alto Networks', id: 'palo-alto-networks' },
  { project: 'Trend Micro', id: 'trend-micro' },
  { project: 'Progress', id: 'progress-software' },
  { project: 'Telerik', id: 'progress-software', note: 'Progress brand since 2014' },
  { project: 'Juniper', id: 'juniper' },
  { project: 'Sophos', id: 'sophos' },
  { project: 'SolarWinds', id: 'solarwinds' },
  { project: 'F5', id: 'f5' },
  { project: 'Kaseya', id: 'kaseya' },
  { project: 'ConnectWise', id: 'connectwise' },
  { project: 'Dahua', id: 'dahua' },
  { project: 'Hikvision', id: 'hikvision' },
  { project: 'Check Point', id: 'check-point' },
  { project: 'Barracuda Networks', id: 'barracuda' },
  { project: 'Ubiquiti', id: 'ubiquiti' },
  { project: 'McAfee', id: 'mcafee' },
  { project: 'Symantec', id: 'symantec' },
  // Product-dependent: the parent maps only for the brand we track.
  {
    project: 'Broadcom',
    id: 'symantec',
    product: /\bSymantec\b/i,
    note: 'Symantec enterprise products; not Brocade, CA, VMware',
  },
  {
    project: 'Cloud Software Group',
    id: 'citrix',
    product: /\b(Citrix|NetScaler|ShareFile|XenApp|XenDesktop)\b/i,
  },
  {
    project: 'Hewlett Packard Enterprise (HPE)',
    id: 'juniper',
    product: /\b(Juniper|Junos)\b/i,
    note: 'HPE acquired Juniper in 2025',
  },
  { project: 'Gen Digital', id: 'avast', product: /\b(Avast|AVG|CCleaner)\b/i },
  { project: 'Gen Digital', id: 'gen-digital' },
  // Our vendors' own names, not (yet) in the catalog.
  { project: 'Juniper Networks', id: 'juniper' },
  { project: 'Barracuda', id: 'barracuda' },
  { project: 'Progress Software', id: 'progress-software' },
  {
    project: 'Ipswitch',
    id: 'progress-software',
    note: 'MOVEit/WS_FTP owner until the 2019 Progress acquisition',
  },
  { project: 'F5 Networks', id: 'f5' },
  { project: 'Check Point Software', id: 'check-point' },
  { project: 'NortonLifeLock', id: 'gen-digital' },
  { project: 'Avast', id: 'avast' },
  { project: 'AVG', id: 'avast' },
  { project: 'Kaspersky', id: 'kaspersky' },
  { project: 'ESET', id: 'eset' },
  { project: 'Bitdefender', id: 'bitdefender' },
  { project: 'Malwarebytes', id: 'malwarebytes' },
  { project: 'CrowdStrike', id: 'crowdstrike' },
  { project: 'Okta', id: 'okta' },
  { project: 'LastPass', id: 'lastpass' },
  { project: 'RSA', id: 'rsa-security' },
  { project: 'RSA Security', id: 'rsa-security' },
  { project: 'Huawei', id: 'huawei' },
  { project: 'ZTE', id: 'zte' },
  { project: 'Hytera', id: 'hytera' },
  { project: 'Verkada', id: 'verkada' },
  { project: 'Qihoo 360', id: 'qihoo-360' },
  { project: 'Sandvine', id: 'sandvine' },
  { project: 'Cellebrite', id: 'cellebrite' },
  { project: 'Positive Technologies', id: 'positive-technologies' },
  // Vendors added with the 2026 coverage work (catalog of 2025-08).
  { project: 'Oracle', id: 'oracle' },
  { project: 'VMware', id: 'vmware' },
  { project: 'VMware Tanzu', id: 'vmware', note: "VMware's application platform (Spring)" },
  { project: 'D-Link', id: 'd-link' },
  { project: 'SAP', id: 'sap' },
  { project: 'Atlassian', id: 'atlassian' },
  { project: 'Zyxel', id: 'zyxel' },
  { project: 'Accellion', id: 'kiteworks', note: 'Accellion renamed itself Kiteworks in 2022' },
  { project: 'TP-Link', id: 'tp-link' },
  { project: 'Fortra', id: 'fortra' },
  { project: 'ASUS', id: 'asus' },
  { project: 'Apple', id: 'apple' },
  { project: 'Google', id: 'google', note: 'Chromium, Android, Pixel and other Google products' },
  { project: 'QNAP', id: 'qnap' },
  { project: 'QNAP Systems', id: 'qnap' },
  { project: 'NETGEAR', id: 'netgear' },
  { project: 'Cleo', id: 'cleo' },
];

/** Normal form of a `vendorProject` for comparison ("SimpleHelp " = "simplehelp"). */
function normProject(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Our vendor id for one KEV entry, or undefined when it is not one of ours. */
export function kevVendorId(
  vendorProject: string,
  product: string,
  map: readonly KevMapRow[] = KEV_MAP,
): string | undefined {
  const p = normProject(vendorProject);
  for (const row of map) {
    if (normProject(row.project) !== p) continue;
    if (row.product && !row.product.test(product)) continue;
    return row.id;
  }
  return undefined;
}
