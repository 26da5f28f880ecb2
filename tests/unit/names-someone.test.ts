// namesSomeone() (shared/src/signals/families.ts): the bar the trained model's reading of someone both know must
// clear. A person other than the recipient and the sender has to be named somewhere in the message.
import { describe, expect, it } from 'vitest';
import { parseOutreach } from '../../shared/src/document/parse.js';
import { messageNamesSomeone } from '../../shared/src/signals/index.js';

const names = (text: string): boolean => messageNamesSomeone(parseOutreach(text));

describe('namesSomeone', () => {
  it.each([
    ['a full name mid-sentence', 'Hi Shauna, Dmitri Vale from our running group suggested I message you.'],
    ['a first name after a verb', 'Hi Lena, I had coffee with Nadia yesterday and she said you know every test lead in Manchester.'],
    ['a full name opening a sentence', 'Hi Lena. Hamid Rostami lives two doors down from me and said I should write.'],
    ['a first name spoken to', 'Marisa, thank you for connecting us. Lindiwe, great to meet you.'],
    ['a first name opening a sentence and saying something', 'Hello Vera. Marisa tells me the parks department is counting its trees.'],
    ['a name after "that"', 'Hi Vera, the reason I came over was that Viktor from your club pointed at you.'],
    ['a titled name', 'Dear Ms. Ruiz, Prof. Okonkwo suggested I write to you about the field season.'],
    ['German', 'Hallo Frau Kessler, Ihr Kollege Bernd Faller hat mir erzählt, dass Sie ein neues ERP auswählen.'],
    ['a mutual in front matter', '---\nmutual:\n  - name: Sam Ortiz\n---\nHi Ana, hope you are well.'],
    ['a template slot for a person, filled in vars', '---\nvars:\n  introducer: Hannah Becker\n---\nHi {{first_name}}, {{introducer}} suggested I write.'],
    ['a lower-case message (capitals say nothing)', 'hey mateo its ines from tuesday, lucas said ur the one to ask'],
    ['a full name in Cyrillic', 'Поштована Марија,\n\nИван Јовановић ми је дао ваш контакт. Конкуришем за позицију Senior PHP Developer.'],
    ['a full name in Greek', 'Καλημέρα κυρία Παπαδοπούλου, ο Νίκος Γεωργίου μου είπε να σας γράψω για τη θέση.'],
  ])('names someone: %s', (_, text) => {
    expect(names(text)).toBe(true);
  });

  it.each([
    ['a template slot for a person that vars leaves unfilled', 'Hi {{first_name}}, {{introducer}} suggested I write.'],
    ['an unnamed friend', 'Hello Mrs. Abernathy, a friend from your church group said you are the person to ask about grants.'],
    ['a relation without a name', 'Hello Ms. Adeyemi, my landlord said you are the person to ask about a zoning variance on Cedar St.'],
    ['a company after "at"', 'Hi Pavel, someone at Brightwater mentioned you are short on drivers. Happy to lend two.'],
    ['a team named after "the"', 'Joana, thank you for the intro to the Vinhos da Serra team! Dinner is on me.'],
    ['acronyms and the recipient', 'Hi Noor, someone on your UX research team at a FTSE company suggested I reach out about panels.'],
    ['a common word opening a sentence', 'Hi Brody. Apparently you are the person to talk to about insuring venues. Could you tell me who you use?'],
    ['the sender signing off', 'Hi Dana, could you share your onboarding checklist?\n\nThanks,\nPriya Raman'],
    ['job titles', 'Hi Dana, I saw the Senior Analyst opening on your team and applied. Could we talk about it?'],
    ['Cyrillic: the recipient greeted, and a capitalised first word', 'Здравствуйте, Анна! Пишу по поводу вакансии аналитика.'],
  ])('names no one: %s', (_, text) => {
    expect(names(text)).toBe(false);
  });
});
