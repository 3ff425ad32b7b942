import { Component } from '@angular/core';
import { BackPainRedflagsDirective } from 'back-pain-widgets/angular';

// A layout from another widget (lifting-tips has tabs, the red-flag check does not).
@Component({ selector: 'app-layout-value', imports: [BackPainRedflagsDirective], template: `<back-pain-redflags [layout]="'tabs'"></back-pain-redflags>` })
export class LayoutValueMistake {}
