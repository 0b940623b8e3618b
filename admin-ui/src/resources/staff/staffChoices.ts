import { enumChoices } from '../../common/enums';
import { staffRoles } from '../../types';

export const roleChoices = enumChoices('role', staffRoles);
