/** A name mention found in one message; resolve.ts picks the requester name. */
export interface NameCandidate {
  /**
   * full: given + family name; titled: surname with honorific (王女士, Mr. Okafor);
   * surname: 我姓王; first: a first name alone; surname-fix: 弓长张 corrects the surname.
   */
  form: 'full' | 'titled' | 'surname' | 'first' | 'surname-fix';
  value: string;
  /** Family name when known (zh: first char(s); en titled: the name after Mr.). */
  surname?: string;
  /** 先生/女士/小姐/太太 or Mr./Ms./Mrs./Dr. */
  honorific?: string;
  start: number;
  end: number;
  /** From an agent greeting the customer rather than the customer. */
  fromAgent: boolean;
  /** The message corrects an earlier name ("sorry, typo: Jon Smith"). */
  corrects: boolean;
}
