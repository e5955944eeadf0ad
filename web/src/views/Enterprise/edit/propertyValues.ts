/** What the firm's property form holds while the user edits it (strings as typed). */
export interface Values extends Record<string, unknown> {
  name: string;
  local: boolean;
  county: string;
  city: string;
  province: string;
  founded: string;
  chainLeader: boolean;
  clusterIds: string[];
  segmentIds: string[];
}
