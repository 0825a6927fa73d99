/**
 * Runs a command's main and exits with its code. A bad setting or a store the check refused is
 * said as is (their messages say what to fix) and exits 2 or 1; anything else is "<name> failed: …".
 */
import { SettingsError } from '../env';
import { StoreRefusedError } from '../store/store-check';

export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof SettingsError || error instanceof StoreRefusedError
          ? error.message
          : `${name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(error instanceof SettingsError ? 2 : 1);
    },
  );
}
