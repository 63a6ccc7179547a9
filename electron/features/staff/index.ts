/** What other features and the app may use of staff; everything else is internal. */
export { staffHandlers } from './staff';
export {
  getStaff,
  getStaffByUsername,
  insertStaff,
  updateStaff,
  type StaffRow,
} from './staffQueries';
