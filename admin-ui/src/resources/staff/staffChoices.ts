import { enumChoices } from '../../common/enums';

export const roleChoices = enumChoices('role');
