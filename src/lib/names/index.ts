/**
 * Names in running text as the user typed them (issue 22, 25): one rule for every text the site derives from a typed
 * name. `unitName` is the unit as sentences name it ({don_vi}, "(Ban hành kèm theo … của …)", a roll-up's sentences);
 * `caseName` / `caseSentence` turn a name or a trích yếu typed in capitals into running text where the result is certain;
 * `issuerKind` says what kind of body typed the header, for the defaults of its level.
 */
export { caseName, caseSentence, lexicon, lowerStart, type Cased, type Lexicon } from './case.ts';
export { headerLexicon, issuerKind, issuerLine, unitName, type IssuerKind, type UnitHeader } from './unit.ts';
