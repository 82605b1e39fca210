import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportAction } from './import.inputs.js';

@ObjectType({ description: 'A recognised column of the file: the field it fills and its title in the file' })
export class ImportColumn {
  @Field(() => String, { description: 'The input field, e.g. cvr, industryCode, firstName' })
  key!: string;

  @Field(() => String, { description: 'The column title as written in the file' })
  header!: string;
}

@ObjectType({ description: 'One cell of a row, by field' })
export class ImportValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'Why a row cannot be imported, in words a person can act on' })
export class ImportFieldError {
  @Field(() => String, { nullable: true, description: 'The field (column key) at fault; null for the whole row' })
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The column title as written in the file; null for the whole row or a field the file has no column for',
  })
  column!: string | null;

  @Field(() => String, { description: "What is wrong and what to do, in the caller's language" })
  message!: string;

  @Field(() => String, { description: 'BAD_USER_INPUT, FORBIDDEN, …' })
  code!: string;
}

@ObjectType()
export class ImportRow {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1)' })
  line!: number;

  @Field(() => [ImportValue], { description: 'The recognised cells, in the order of the columns' })
  values!: ImportValue[];

  @Field(() => [ImportFieldError], { description: 'Empty when the row can be imported' })
  errors!: ImportFieldError[];

  @Field(() => ImportAction, {
    nullable: true,
    description: 'What the import does with the row; null when it has errors',
  })
  action!: ImportAction | null;

  @Field(() => ID, { nullable: true, description: 'The existing company or person the row matches' })
  existingId!: string | null;
}

@ObjectType({ description: 'What an import would do, row by row; nothing is saved' })
export class ImportPreview {
  @Field(() => [ImportColumn])
  columns!: ImportColumn[];

  @Field(() => [String], { description: 'Column titles that were not recognised and are ignored' })
  ignoredColumns!: string[];

  @Field(() => [ImportRow])
  rows!: ImportRow[];

  @Field(() => Int)
  validCount!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int, { description: 'Rows that become new companies or people' })
  createCount!: number;

  @Field(() => Int, { description: 'Rows that change an existing company or person' })
  updateCount!: number;

  @Field(() => Int, { description: 'Rows that match an existing company or person with the same values' })
  unchangedCount!: number;

  @Field(() => Int, { description: 'Rows that match an existing one and are skipped (onExisting SKIP)' })
  skipCount!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The rejected rows as written (every column) plus the line and what is wrong, as CSV for a spreadsheet (semicolons, formula-safe cells); null when no row has errors',
  })
  errorCsv!: string | null;
}

@ObjectType({ description: 'The outcome of an import: the whole file in one transaction' })
export class ImportResult {
  @Field(() => Int, { description: 'Rows in the file' })
  processed!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => [ID], { description: 'Ids of the created companies or candidates, in line order' })
  createdIds!: string[];

  @Field(() => Int)
  updated!: number;

  @Field(() => [ID], { description: 'Ids of the changed companies or candidates, in line order' })
  updatedIds!: string[];

  @Field(() => Int, { description: 'Rows matching an existing one with the same values: nothing written' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows matching an existing one, skipped as asked' })
  skipped!: number;

  @Field(() => [ImportRow], { description: 'The bad rows with every problem; when there are any, nothing was written' })
  errors!: ImportRow[];

  @Field(() => Boolean, {
    description: 'True when nothing was written: a cell of the file cannot be read, or a row was refused (see errors)',
  })
  rejected!: boolean;
}
