export { polarityOf } from '../lexicon/compile';
