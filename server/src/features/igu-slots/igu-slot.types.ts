import { ConnectionType } from '../../shared/pagination.js';
import { IguSlot } from './igu-slot.entity.js';

export const IguSlotConnection = ConnectionType(IguSlot, 'IguSlot');
