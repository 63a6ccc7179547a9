/** 投诉: complaint cases, the board and the service settings (营业日历, 服务时限, 升级). */
export const complaintsEn = {
  'nav.complaints': 'Complaints',
  'nav.servicelevels': 'Service levels',
  'complaints.title': 'Complaints',
  'complaints.subtitle': 'Cases the desk took, who owns them and what is due next.',
  'complaint.title': 'Complaint {number}',
  'complaint.notFound': 'This case was not found.',
  'servicelevels.title': 'Service levels',
  'servicelevels.subtitle':
    'The site calendar, the time allowed per severity and category, and the escalation chain.',
} as const;
