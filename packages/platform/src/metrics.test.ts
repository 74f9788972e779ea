import { errorCodeLabel, MAX_OPERATION_NAMES, metricsRegistry, operationLabel } from './metrics';

describe('the labels of the metrics', () => {
  it('keep operation names up to the limit and fold every later or odd one into «other»', () => {
    expect(operationLabel('SubmitApplication')).toBe('SubmitApplication');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('drop table; --')).toBe('other');
    for (let index = 0; index < MAX_OPERATION_NAMES * 2; index += 1) operationLabel(`Generated${index}`);
    // Known names stay; a new one after the limit is folded.
    expect(operationLabel('SubmitApplication')).toBe('SubmitApplication');
    expect(operationLabel('OneTooMany')).toBe('other');
  });

  it('count error codes that look like codes, and anything else as OTHER', () => {
    expect(errorCodeLabel('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(errorCodeLabel('Bad thing <script>')).toBe('OTHER');
    expect(errorCodeLabel(undefined)).toBe('OTHER');
  });

  it('serve the process metrics beside the service’s own', async () => {
    const text = await metricsRegistry.metrics();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('pfdo_http_request_duration_seconds');
    expect(text).toContain('pfdo_outbox_backlog');
  });
});
