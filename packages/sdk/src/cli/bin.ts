#!/usr/bin/env node
import { CompoundError } from '@compound/core';
process.stdout.write(`compound: CLI under construction ${typeof CompoundError}\n`);
