// The ContainerFitHistory library.
