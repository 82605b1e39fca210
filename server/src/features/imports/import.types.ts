import { Field, ID, Int, ObjectType } from 'type-graphql';

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

  @Field(() => String, {
    nullable: true,
    description:
      'The rejected rows as written (every column) plus the line and what is wrong, as CSV for a spreadsheet (semicolons, formula-safe cells); null when no row has errors',
  })
  errorCsv!: string | null;
}

@ObjectType({ description: 'The outcome of one batch of an import (one transaction)' })
export class ImportResult {
  @Field(() => Int, { description: 'Rows in the batch' })
  processed!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => [ID], { description: 'Ids of the created companies or candidates, in line order' })
  createdIds!: string[];

  @Field(() => [ImportRow], { description: 'The bad rows with every problem; when there are any, nothing was written' })
  errors!: ImportRow[];

  @Field(() => Boolean, {
    description:
      'True when nothing was written: a cell of the file cannot be read, or a row of the batch was refused (see errors)',
  })
  rejected!: boolean;
}
