// Refusals several groups of handlers give in the same words.
import { fail } from '../shared/result';

export const noMilestone = (id: string) => fail('NOT_FOUND', `There is no milestone called "${id}".`);
export const noPath = (id: string) => fail('NOT_FOUND', `There is no career path called "${id}".`);
export const noDialogs = () => fail('UNAVAILABLE', 'Saving and opening files needs the Pathboard app window.');
