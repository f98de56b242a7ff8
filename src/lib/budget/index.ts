/**
 * The public face of src/lib/budget. « Budgétiser » (chapter 9): the budget envelope of the
 * prospecting actions and the minimum turnover that pays for them.
 */
export * from './budget.ts';
