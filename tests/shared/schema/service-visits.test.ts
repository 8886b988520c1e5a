/**
 * A 4S dealer's owner file says when each car was last serviced (最近保养, 上次保养): the owner came in,
 * a visit, read as his last contact and so his activity.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

describe("a car's last service is the owner's last visit", () => {
  it.each(['最近保养', '上次保养', '最后保养', '最近保养日期', '上次保养日期', '最近保养时间', '上次维修', '最近维修日期'])('%s is the last contact', (header) => {
    expect(mapHeaders(['车主', '手机', '车牌号', header, '下次保养日期'], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['name', 'mobile', 'plate', 'lastContact', 'nextFollowUp']);
  });
});
