// Words for the analysis service's typed errors (src/analysis/errors.ts): the service and the workers
// send a code and details, and the screens say what it means in the page's language.
import { AnalysisError } from '../../analysis/errors';
import { t } from '../i18n';

export function analysisErrorText(error: unknown): string {
  if (error instanceof AnalysisError) {
    switch (error.code) {
      case 'worker-failure':
        return t('a background worker stopped');
      case 'bad-override':
        return t('the input {path} is not valid', { path: String(error.details.path) });
      case 'bad-target':
      case 'bad-level':
      case 'bad-search-range':
      case 'bad-run-range':
        return t('the request was not valid ({code})', { code: error.code });
      default:
        return t('the model failed (a bug; please report it)');
    }
  }
  return t('the model failed (a bug; please report it)');
}
