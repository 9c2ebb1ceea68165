// Sentence fragments from which pasted material is assembled. Combined at random they give
// thousands of distinct sentences; nothing here identifies a real patient or person.

export const POLICY = {
  subjects: [
    'All staff', 'Each department', 'The unit manager', 'Employees who work remotely', 'Schedulers',
    'The requesting clinician', 'Interpreters', 'Contracted staff', 'Volunteers', 'Supervisors',
    'The Information Services team', 'Patient Access staff', 'Department leaders', 'New employees',
  ],
  predicates: [
    'must complete the annual compliance training', 'are responsible for verifying two patient identifiers',
    'should report any suspected privacy incident', 'must not share login credentials',
    'will review the clinic schedule templates', "are expected to document the interpreter's ID number",
    'must submit time-off requests', 'shall keep workstations locked when unattended',
    'should escalate unresolved requests', 'must retain signed consent forms', 'will be notified of changes',
    'are required to wear identification badges', 'must use only approved devices to access patient information',
    'should confirm the family\'s preferred language',
  ],
  tails: [
    ' before the end of each calendar year', ' within 24 hours', ' through the approved ticketing system',
    ' in accordance with federal and state regulations', ' unless an exception is approved by the director',
    ' at least 14 days in advance', ' to their immediate supervisor', '', ' during all scheduled shifts',
    ' using the secure messaging platform', ' as outlined in the procedure below', ' and document it in the record',
  ],
};

export const EMAIL = {
  openers: [
    'I wanted to follow up on', 'Just a reminder about', 'Thank you all for your help with', 'Quick update on',
    'I am reaching out regarding', 'As discussed in our last meeting, we are moving forward with',
    'Please see the note below about', 'I have a question about', 'We are still waiting to hear back about',
    'Wanted to give everyone a heads up about',
  ],
  objects: [
    'the new scheduling template', 'the holiday coverage plan', 'the interpreter request backlog', 'next month\'s staff meeting',
    'the supply order for the clinic', 'the parking changes', 'the updated referral form', 'the training sessions',
    'the budget for the family lounge', 'the phone tree update', 'the room reservations for the fall', 'the badge audit',
  ],
  tails: [
    '. Let me know if you have any questions.', ', and we need responses by Friday.', '. Thanks again for being flexible.',
    ', so please check your calendars.', '. I will send more details once I have them.',
    ', which affects everyone who works the early shift.', '. Please reply all if you can help.',
    '. This was approved by leadership yesterday.', ', and a few people have asked how it will work.',
    '. We appreciate your patience while we sort it out.',
  ],
  greetings: ['Hi team,', 'Hello all,', 'Good morning,', 'Hi everyone,', 'Hello,'],
  signoffs: ['Thanks,\n[Name]', 'Best,\n[Name]', 'Thank you!', 'Regards,\n[Name]\n[Title]'],
};

export const NOTES = {
  owners: ['Scheduling lead', 'Manager', 'IT', 'Front desk', 'Case management', 'HR', 'Director', 'Charge RN', 'Finance', 'Quality'],
  actions: [
    'follow up with the vendor', 'send the updated template', 'check the call volume numbers', 'draft the staff email',
    'confirm room availability', 'update the shared drive folder', 'reach out to the interpreter office',
    'review the overtime report', 'set up a meeting with facilities', 'collect feedback from the front desk',
    'order more label printers', 'finalize the holiday schedule',
  ],
  discussed: [
    'Discussed the increase in', 'Reviewed last month\'s', 'Concerns raised about', 'Group agreed to track',
    'No update yet on', 'Good progress on', 'Still waiting on data for', 'Brief discussion of',
  ],
  topics: [
    'no-show rates', 'phone wait times', 'staffing for the weekend', 'the new check-in kiosks', 'referral backlog',
    'patient complaints about parking', 'training completion', 'the move to the new building', 'supply costs',
    'interpreter wait times',
  ],
  due: ['by Friday', 'next week', 'before the next meeting', 'end of month', 'ASAP', 'by the 15th'],
};

export const ARTICLE = {
  openers: [
    'Many children with', 'Parents of children with', 'Research suggests that kids with', 'Doctors often find that children with',
    'Most school-age children with', 'Infants with', 'Teenagers living with', 'Families managing',
  ],
  middles: [
    'benefit from a consistent daily routine', 'may need follow-up visits every few months',
    'can usually return to school once symptoms improve', 'should keep an up-to-date action plan at home',
    'often have symptoms that get worse at night', 'may need extra support at school', 'can be treated safely at home in most cases',
    'should be seen urgently if breathing becomes difficult', 'may be referred to a specialist for further testing',
    'often do well with early treatment',
  ],
  tails: [
    ', according to recent guidelines', ', although every child is different', ', especially during the winter months',
    ', and families should ask their care team about next steps', '', ', which is why education is so important',
  ],
};

export const REFERRAL = {
  reasons: [
    'recurrent abdominal pain', 'heart murmur heard at well visit', 'poor weight gain', 'frequent headaches',
    'possible seizure activity', 'persistent snoring', 'speech delay', 'recurrent ear infections', 'elevated blood pressure',
    'rash not responding to treatment', 'knee pain after sports injury', 'abnormal newborn screen',
  ],
  urgency: ['Routine', 'Urgent - within 2 weeks', 'Routine, family prefers mornings', 'Urgent'],
  notes: [
    'Family reports symptoms for the past several weeks.', 'Previous labs attached from outside clinic.',
    'Parent requests an interpreter for the visit.', 'Please call the family to schedule.',
    'Imaging was completed at an outside facility.', 'Patient was seen in urgent care last month.',
    'Family would prefer the satellite clinic location.', 'Growth chart included in the packet.',
    'Insurance verification pending.', 'Primary care would like a copy of the consult note.',
  ],
};

export const LOG = {
  levels: ['ERROR', 'WARN', 'INFO', 'INFO', 'ERROR'],
  components: ['PrintSvc', 'AuthAgent', 'SyncClient', 'VPN', 'MailClient', 'DriveMapper', 'Updater', 'CitrixReceiver'],
  messages: [
    'Connection timed out after 30000 ms', 'Token refresh failed: invalid_grant', 'Printer queue not found',
    'Certificate validation failed for host', 'Retrying request (attempt 3 of 5)', 'Access denied to shared path',
    'Update package checksum mismatch', 'Session disconnected by server', 'Mailbox quota exceeded', 'Service started',
  ],
};

export const CODE = {
  things: ['no_shows', 'referrals', 'tickets', 'visits', 'requests', 'claims', 'calls', 'orders'],
  fields: ['status', 'department', 'visit_type', 'priority', 'language', 'payer', 'clinic'],
  values: ['CANCELED', 'NO_SHOW', 'URGENT', 'NEW', 'Spanish', 'Medicaid', 'COMPLETED'],
};
