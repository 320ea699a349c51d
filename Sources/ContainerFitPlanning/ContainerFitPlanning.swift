// The ContainerFitPlanning library.
