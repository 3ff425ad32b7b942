import { Component } from '@angular/core';
import { BackPainSelfcareDirective } from 'back-pain-widgets/angular';

// A theme the widgets do not have.
@Component({ selector: 'app-theme', imports: [BackPainSelfcareDirective], template: `<back-pain-selfcare theme="purple"></back-pain-selfcare>` })
export class ThemeMistake {}
