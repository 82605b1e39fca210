import { Migration } from '@mikro-orm/migrations';

/**
 * Text lists were written with only some elements quoted, so an element typed as "null" became SQL NULL and made
 * the whole list unreadable through GraphQL (TextArrayType quotes every element now). Such elements carried no
 * word worth keeping: they are dropped.
 */
const COLUMNS: readonly [table: string, column: string][] = [
  ['competence', 'synonyms'],
  ['mentor', 'languages'],
  ['company', 'mentor_languages'],
  ['unsolved_task', 'learning_goal_competence_ids'],
  ['candidate', 'languages'],
  ['candidate', 'industries_wished'],
];

export class Migration20261207060000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of COLUMNS)
      this.addSql(
        `update "${table}" set "${column}" = array_remove("${column}", null) where array_position("${column}", null) is not null;`,
      );
  }

  override async down(): Promise<void> {
    // Nothing to undo: the removed elements were unreadable.
  }
}
