/** Site profiles and modules (REQUIREMENTS §8): what a site uses, in settings and on home. */
export const modulesEn = {
  'errors.reason.module.off':
    'This site does not use that part of Deskbook. An admin can switch it on under Settings → Site profile.',
  'modules.section': 'Site profile',
  'modules.sectionHint':
    'Choose what this site is; its modules switch on. Screens of modules not in use are hidden for everyone.',
  'modules.profile.gym': 'Gym',
  'modules.profile.gym.hint': 'Members with hand tags, water bar, consultants and visitors.',
  'modules.profile.serviceHall': 'Service hall',
  'modules.profile.serviceHall.hint': 'Numbered queue tickets with waiting times at the counters.',
  'modules.profile.office': 'Office',
  'modules.profile.office.hint': 'Visitors at reception and confidential client files.',
  'modules.modulesLabel': 'Modules in use',
  'modules.module.handTags': 'Hand tags and water bar',
  'modules.module.handTags.hint': 'Member check-in and check-out, tags, drinks, who is on site.',
  'modules.module.consultants': 'Consultants and rotation',
  'modules.module.consultants.hint': "Consultants' sign-in order and turn fairness.",
  'modules.module.queue': 'Queue',
  'modules.module.queue.hint': 'Tickets, calling and waiting-time alerts.',
  'modules.module.visitors': 'Visitors',
  'modules.module.visitors.hint': 'Visitor registration and hand-over.',
  'modules.module.clientFiles': 'Client files',
  'modules.module.clientFiles.hint': 'Files, reviews, access record, exports and destruction.',
  'modules.needs': 'Needs {module}.',
  'modules.alwaysOn':
    'Always on: phone log, message book, shift log, handover, staff, audit and backups.',
  'modules.save': 'Save site profile',
  'modules.saved': 'Site profile saved; the menu shows what is in use.',
  'modules.setupHint': 'You can change the modules later in Settings.',
  'home.item.settings': 'site profile, in settings',
  'home.settings.detail':
    '{count, plural, one {# module} other {# modules}} in use · {site} · locks after {minutes} min',
} as const;
