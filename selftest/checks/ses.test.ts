/** The ses mutation table: each row breaks the good trace one way; one check must notice it with the row's verdict. */
import { SES_MUTATIONS } from './fixtures/ses-mutations';
import { runTable } from './fixtures/table';

runTable('ses checks on mutated traces', SES_MUTATIONS);
