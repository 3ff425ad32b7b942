import { Component } from '@angular/core';
import { BackPainRedflagsDirective } from 'back-pain-widgets/angular';

// contactPhone, misspelt.
@Component({ selector: 'app-misspelt-input', imports: [BackPainRedflagsDirective], template: `<back-pain-redflags [contactPhon]="'020 123 45 67'"></back-pain-redflags>` })
export class MisspeltInputMistake {}
