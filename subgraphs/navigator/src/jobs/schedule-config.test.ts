import { ConfigError, EnvReader } from '@pfdo/platform';
import { readScheduleConfig, SWEEP_CRON } from './contract-schedule.queue';

describe('CONTRACT_SWEEP_CRON', () => {
  it('is every ten minutes unless set', () => {
    expect(readScheduleConfig(new EnvReader({}))).toEqual({ sweepCron: SWEEP_CRON });
    expect(SWEEP_CRON).toBe('*/10 * * * *');
  });

  it('takes a five-field cron, or «off» for no schedule at all', () => {
    expect(readScheduleConfig(new EnvReader({ CONTRACT_SWEEP_CRON: '0 3 * * *' }))).toEqual({ sweepCron: '0 3 * * *' });
    expect(readScheduleConfig(new EnvReader({ CONTRACT_SWEEP_CRON: 'off' }))).toEqual({ sweepCron: null });
  });

  it('refuses anything else, naming the setting', () => {
    expect(() => readScheduleConfig(new EnvReader({ CONTRACT_SWEEP_CRON: 'hourly' }))).toThrow(ConfigError);
    expect(() => readScheduleConfig(new EnvReader({ CONTRACT_SWEEP_CRON: '* * * *' }))).toThrow(/CONTRACT_SWEEP_CRON/);
  });
});
