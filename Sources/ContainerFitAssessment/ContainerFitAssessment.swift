// The ContainerFitAssessment library.
