import {
  checkEnqueued,
  checkPayload,
  ERROR_CODE_SDL,
  ERROR_CODES,
  EventContractError,
  isTopic,
  Topic,
  TOPIC_EXAMPLES,
  TopicName,
  TOPICS,
} from './index';

const topics = Object.keys(TOPICS) as TopicName[];

describe('the event contracts', () => {
  it('name every topic once, with an example', () => {
    expect(Object.values(Topic).sort()).toEqual([...topics].sort());
    expect(Object.keys(TOPIC_EXAMPLES).sort()).toEqual([...topics].sort());
  });

  describe.each(topics)('%s', (topic) => {
    const example = TOPIC_EXAMPLES[topic];

    it('accepts its example on the producer side and on the receiver side', () => {
      expect(checkEnqueued(topic, example.enqueued)).toEqual(example.enqueued);
      expect(checkPayload(topic, example.delivered)).toEqual({ ok: true, value: example.delivered });
    });

    it.each(example.broken)('refuses %s on both sides, saying why', (_why, payload) => {
      expect(() => checkEnqueued(topic, payload)).toThrow(EventContractError);
      const checked = checkPayload(topic, payload);
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.issues).toMatch(/✖/);
    });

    it('refuses a key the contract does not name (nothing travels unannounced)', () => {
      expect(() => checkEnqueued(topic, { ...example.enqueued, surprise: 1 })).toThrow(/surprise/);
      expect(checkPayload(topic, { ...example.delivered, surprise: 1 }).ok).toBe(false);
    });
  });

  it('refuses an unknown topic', () => {
    expect(isTopic('certificate.frozen')).toBe(false);
    expect(() => checkEnqueued('certificate.frozen' as TopicName, {})).toThrow(/unknown topic/);
  });

  it('has each consumer different from its producer', () => {
    for (const topic of topics) expect(TOPICS[topic].consumer).not.toBe(TOPICS[topic].producer);
  });
});

describe('the error codes', () => {
  it('are unique, and the GraphQL enum lists each of them', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    const values = [...ERROR_CODE_SDL.matchAll(/^ {2}([A-Z_]+)$/gm)].map((match) => match[1]);
    expect(values).toEqual([...ERROR_CODES]);
  });
});
