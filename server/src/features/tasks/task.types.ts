import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { Competence } from '../competences/competence.entity.js';
import { UnsolvedTask } from './unsolved-task.entity.js';

export const TaskConnection = ConnectionType(UnsolvedTask, 'Task');

@ObjectType({ description: 'A competence a task requires, at least at minLevel (1–4)' })
export class TaskCompetenceRequirement {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int)
  minLevel!: number;
}
