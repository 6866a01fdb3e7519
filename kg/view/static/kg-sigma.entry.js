import Sigma from "sigma";
import Graph from "graphology";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { NodeSquareProgram } from "@sigma/node-square";
import { EdgeArrowProgram, NodeCircleProgram } from "sigma/rendering";
window.KGSigma = { Sigma, Graph, EdgeCurveProgram, EdgeCurvedArrowProgram, EdgeArrowProgram, NodeCircleProgram, NodeSquareProgram };
