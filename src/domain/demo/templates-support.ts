import type { CategoryTemplates } from './template-types';

export const TECHNICAL_SUPPORT_IT_ISSUES: CategoryTemplates = {
  prompts: [
    '{software} keeps asking for my password every few minutes. How do I fix it?',
    '{device} is not working after the update. What should I try first?',
    'How do I share a calendar in Outlook with someone in {dept}?',
    'How do I recover a Word document I closed without saving?',
    'My {software} will not open, it just spins. I already restarted.',
    'How do I set up a shared mailbox for {myDept}?',
    'How do I make a fillable PDF form in Adobe Acrobat?',
    'Why can I not print double-sided from {software}?',
    'How do I turn off notifications in Teams during meetings?',
    'How do I map a network drive on Windows 11?',
    'My screen is flickering when I connect {device}. Any ideas?',
    'How do I set up a recurring meeting in Teams that only some people can present in?',
    'How do I get {software} to stop opening files in the browser?',
  ],
  pasteIntros: [
    'I keep getting this error, what does it mean?',
    'Here is the log from {software}. What is going wrong?',
  ],
  pasteKinds: ['log'],
  pasteRate: 0.25,
  followUps: [
    'That did not work. What else can I try?',
    'I do not have admin rights. Is there another way?',
    'Where is that setting? I do not see it.',
    'Ok that worked, thanks! How do I do the same on my phone?',
  ],
};

export const PATIENT_PROVIDER_MESSAGING: CategoryTemplates = {
  prompts: [
    "Write a patient portal message to a parent letting them know their child's {visit} was moved to {weekday}.",
    'Help me reply to a family asking why their {specialty} referral has not been scheduled yet. Keep it kind.',
    'Write a voicemail script asking a family to call back to schedule {visit}.',
    'Draft a message to a family explaining that the provider is out and we need to reschedule {visit}.',
    'Write a letter to a family letting them know their child is overdue for a {specialty} follow-up.',
    'Write a message to parents with instructions to bring their insurance card and a list of medications to {visit}.',
    'A parent is upset that they waited two hours in clinic. Help me write a response.',
    'Write a reminder text for families about {visit}, under 160 characters.',
    'Write a message to a family explaining that an interpreter in {language} will join their {visit} by video.',
    'Draft a letter explaining to a family that {insurer} needs a prior authorization before {procedure} can be scheduled.',
    'Help me write a message to a teenage patient about how to use the patient portal.',
  ],
  pasteIntros: [
    'A parent sent us this message. Help me write a polite reply:',
    'Rewrite this message to a family so it is easier to understand:',
  ],
  pasteKinds: ['email'],
  pasteRate: 0.35,
  followUps: [
    'Make it warmer, the family is worried.',
    'Translate it to {language} please.',
    'Shorter, it has to fit in a text.',
    'Add our clinic phone number placeholder at the end.',
  ],
};

export const CODING: CategoryTemplates = {
  prompts: [
    'Write {codeLang} that counts {dataThing} per month.',
    'Write an Excel formula that looks up a department name from an ID on another sheet.',
    'How do I remove duplicate rows in {codeLang}?',
    'Write a SQL query to find appointments that were canceled less than 24 hours before the visit.',
    'Write a Python script that merges all the CSV files in a folder into one.',
    'Explain what this formula does: =IFERROR(INDEX(B:B,MATCH(E2,A:A,0)),"Not found")',
    'How do I make a pivot table that shows {dataThing} by week?',
    'Write a VBA macro that emails each row of a spreadsheet to the address in column C.',
    'Write {codeLang} to calculate the average of {dataThing} by department.',
    'Why does my VLOOKUP return #N/A when the value is clearly there?',
    'Write a PowerShell script that lists all files older than 90 days in a folder.',
  ],
  pasteIntros: ['Why is this not working?', 'Can you fix this code?', 'Explain what this code does:'],
  pasteKinds: ['code', 'code', 'data'],
  pasteRate: 0.6,
  followUps: [
    'I get an error on line 3.',
    'Can you add comments?',
    'Now make it work for the whole year.',
    'It works but it is slow. Can it be faster?',
  ],
};

export const PROCESS_REFERRALS_DOCUMENTS: CategoryTemplates = {
  prompts: [
    'What information do I need to collect before scheduling a {specialty} referral?',
    'Make a checklist for processing incoming referrals for {specialty}.',
    'What should I check on a prior authorization request to {insurer} before I send it?',
    'Create a template for logging incoming faxes by department and urgency.',
    'Which documents do we need from an outside hospital before a transfer to {dept}?',
  ],
  pasteIntros: [
    'From this referral, list the reason for referral, the requested specialty and the urgency:',
    'What is missing from this referral before we can schedule it?',
    'Summarize this outside records packet for the {specialty} scheduler:',
    'Extract the insurance and visit details from this:',
  ],
  pasteKinds: ['referral', 'referral', 'notes'],
  pasteRate: 0.8,
  followUps: ['Put it in a table.', 'Which of these are urgent?', 'Now do the same for this one.'],
};

export const GENERATE_VISUAL_AIDS: CategoryTemplates = {
  prompts: [
    'Create an image of a friendly cartoon lion for a {myDept} flyer.',
    'Make an infographic about {topic} for {audience}.',
    'Design a flyer for {event}.',
    'Create a picture schedule showing the steps of {procedure} for a young child.',
    'Draw a simple map-style diagram of how to get from the main entrance to {dept}.',
    'Make a chart showing {dataThing} going down over six months.',
  ],
  pasteIntros: ['Make a bar chart from this data:', 'Turn this into a one-page visual handout:'],
  pasteKinds: ['data', 'notes'],
  pasteRate: 0.15,
  followUps: [
    'Make the colors brighter.',
    'Can you remove the text from the image?',
    'Make it look less scary for kids.',
  ],
};

export const OTHER: CategoryTemplates = {
  prompts: [
    "Write a funny poem for my coworker's retirement party.",
    'Plan a week of quick dinners for a family of four.',
    'What should I get my manager for her birthday?',
    'Help me plan a road trip with kids, about 6 hours each way.',
    'Tell me a joke about hospital parking.',
    'What is a good workout I can do on my lunch break?',
    'Write a birthday card message for a coworker in {myDept}.',
    'hi',
    'Are you able to read PDFs?',
    'What can you help me with?',
    'Give me a trivia question about {event} for our team chat.',
    'Help me plan my budget for the month.',
  ],
  pasteIntros: ['Here is my resume. How can I improve it?', 'What do you think of this?'],
  pasteKinds: ['notes', 'email'],
  pasteRate: 0.2,
  followUps: ['Thanks!', 'Make it funnier.', 'Something different please.'],
};
