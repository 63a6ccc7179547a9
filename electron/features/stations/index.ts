/** What other features and the app may use of stations; everything else is internal. */
export { stationHandlers, stationVaultHandlers } from './stations';
export { createStationAuthority, type CoreLinks } from './coreStations';
export {
  stationCaller,
  isStationClient,
  refuseFolderAtStation,
  type StationCaller,
} from './stationGate';
export { stationState } from './stationState';
