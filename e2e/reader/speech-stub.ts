// A deterministic stand-in for window.speechSynthesis (headless Chromium has no voices), for
// page.addInitScript. It keeps the browser's own SpeechSynthesisUtterance and event classes and
// replaces only the engine: a queue the test advances by hand (window.__speech.finish()), and a
// log of every call. Self-contained: Playwright sends the function's source to the page.
export type SpeechStubOptions = { voices?: { name: string; lang: string }[] };

export type SpeechController = {
  log: string[];
  current: string | null;
  finish(): boolean;
  fail(error: string): boolean;
};

export function installSpeechStub(options: SpeechStubOptions) {
  const log: string[] = [];
  const queue: SpeechSynthesisUtterance[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  let paused = false;
  const listeners = new EventTarget();
  const voices = (
    options.voices ?? [
      { name: 'Stub Mandarin', lang: 'zh-CN' },
      { name: 'Stub English', lang: 'en-GB' },
    ]
  ).map((voice, i) => ({ voiceURI: `stub:${voice.name}`, name: voice.name, lang: voice.lang, localService: true, default: i === 0 }));
  const fire = (utterance: SpeechSynthesisUtterance, type: string, error?: string) => {
    const init = { utterance, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' };
    const event = error
      ? new SpeechSynthesisErrorEvent('error', { ...init, error: error as SpeechSynthesisErrorCode })
      : new SpeechSynthesisEvent(type, init);
    log.push(`${type}${error ? `:${error}` : ''} ${utterance.text}`);
    utterance.dispatchEvent(event);
  };
  const startNext = () => {
    if (current || paused) return;
    current = queue.shift() ?? null;
    if (current) fire(current, 'start');
  };
  const controller = {
    log,
    get current() {
      return current?.text ?? null;
    },
    finish() {
      const utterance = current;
      if (!utterance) return false;
      current = null;
      fire(utterance, 'end');
      startNext();
      return true;
    },
    fail(error: string) {
      const utterance = current;
      if (!utterance) return false;
      current = null;
      fire(utterance, 'error', error);
      startNext();
      return true;
    },
  };
  const synth = {
    get speaking() {
      return current !== null;
    },
    get pending() {
      return queue.length > 0;
    },
    get paused() {
      return paused;
    },
    onvoiceschanged: null,
    getVoices: () => voices.slice(),
    speak(utterance: SpeechSynthesisUtterance) {
      log.push(`speak ${utterance.text}`);
      queue.push(utterance);
      startNext();
    },
    cancel() {
      log.push('cancel');
      const dropped = queue.splice(0);
      const utterance = current;
      current = null;
      if (utterance) fire(utterance, 'error', 'interrupted');
      for (const waiting of dropped) fire(waiting, 'error', 'canceled');
    },
    pause() {
      log.push('pause');
      paused = true;
    },
    resume() {
      log.push('resume');
      paused = false;
      startNext();
    },
    addEventListener: listeners.addEventListener.bind(listeners),
    removeEventListener: listeners.removeEventListener.bind(listeners),
    dispatchEvent: listeners.dispatchEvent.bind(listeners),
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  Object.defineProperty(window, '__speech', { configurable: true, value: controller });
}
