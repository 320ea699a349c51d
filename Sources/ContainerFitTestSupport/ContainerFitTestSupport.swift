// The ContainerFitTestSupport library.
