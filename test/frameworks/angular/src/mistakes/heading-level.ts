import { Component } from '@angular/core';
import { BackPainRedflagsDirective } from 'back-pain-widgets/angular';

// A heading level is a number.
@Component({ selector: 'app-heading-level', imports: [BackPainRedflagsDirective], template: `<back-pain-redflags [headingLevel]="'seven'"></back-pain-redflags>` })
export class HeadingLevelMistake {}
