// The ContainerFitReporting library.
